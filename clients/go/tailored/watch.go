package tailored

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"

	pb "tailored-gateway.bria.ai/clients/go/gen/bria/tailored/v1"
)

// ErrStreamEnded is returned when a Watch stream ends without a terminal message.
var ErrStreamEnded = errors.New("tailored: watch stream ended before a terminal state")

// watchMessage is what every Watch*Response has in common.
type watchMessage interface {
	GetTerminal() bool
	GetResumeToken() string
}

// follow runs one Watch RPC until a terminal message, reopening it with the last resume_token
// whenever it fails with UNAVAILABLE (gateway shutdown, lost connection). Each received message
// goes to onMessage; an error from onMessage stops the watch and is returned as is.
func follow[M watchMessage](ctx context.Context, b backoff,
	open func(ctx context.Context, resumeToken string) (interface{ Recv() (M, error) }, error),
	onMessage func(M) error) (M, error) {
	var last M
	token := ""
	delay := b.initial
	for {
		stream, err := open(ctx, token)
		for err == nil {
			var msg M
			msg, err = stream.Recv()
			if err != nil {
				break
			}
			last, token, delay = msg, msg.GetResumeToken(), b.initial
			if onMessage != nil {
				if herr := onMessage(msg); herr != nil {
					return last, herr
				}
			}
			if msg.GetTerminal() {
				return last, nil
			}
		}
		if err == io.EOF {
			return last, ErrStreamEnded
		}
		e := FromError(err)
		if e.Code != codes.Unavailable || ctx.Err() != nil {
			if ctx.Err() != nil {
				return last, FromError(ctx.Err())
			}
			return last, e
		}
		select { // UNAVAILABLE: wait, then resume where the last message left off
		case <-ctx.Done():
			return last, FromError(ctx.Err())
		case <-time.After(delay):
		}
		delay = b.next(delay)
	}
}

// WatchTraining follows a model's training (WatchService.WatchModelTraining) until a terminal
// state, calling onUpdate (which may be nil) for every message, and returns the last model.
func (c *Client) WatchTraining(ctx context.Context, modelID int64,
	onUpdate func(*pb.WatchModelTrainingResponse) error) (*pb.Model, error) {
	last, err := follow(ctx, c.resumeBackoff,
		func(ctx context.Context, token string) (interface {
			Recv() (*pb.WatchModelTrainingResponse, error)
		}, error) {
			return c.Watch.WatchModelTraining(ctx, &pb.WatchModelTrainingRequest{ModelId: modelID, ResumeToken: token})
		}, onUpdate)
	return last.GetModel(), err
}

// WaitForTraining blocks until the model's training reaches a terminal state and returns the
// model. A model that ends other than COMPLETED is returned with an error naming its status.
func (c *Client) WaitForTraining(ctx context.Context, modelID int64) (*pb.Model, error) {
	model, err := c.WatchTraining(ctx, modelID, nil)
	if err == nil && model.GetStatus() != pb.ModelStatus_MODEL_STATUS_COMPLETED {
		err = fmt.Errorf("tailored: model %d ended %s", modelID, model.GetStatus())
	}
	return model, err
}

// WatchJob follows a v2 async request (WatchService.WatchJob) until a terminal state, calling
// onUpdate (which may be nil) for every message, and returns the last status.
func (c *Client) WatchJob(ctx context.Context, requestID string,
	onUpdate func(*pb.WatchJobResponse) error) (*pb.GetRequestStatusResponse, error) {
	last, err := follow(ctx, c.resumeBackoff,
		func(ctx context.Context, token string) (interface {
			Recv() (*pb.WatchJobResponse, error)
		}, error) {
			return c.Watch.WatchJob(ctx, &pb.WatchJobRequest{
				Job: &pb.WatchJobRequest_RequestId{RequestId: requestID}, ResumeToken: token})
		}, onUpdate)
	return last.GetStatus(), err
}

// WaitForJob blocks until the v2 request reaches a terminal state and returns its status. A job
// that ends other than COMPLETED is returned with an error naming its state.
func (c *Client) WaitForJob(ctx context.Context, requestID string) (*pb.GetRequestStatusResponse, error) {
	st, err := c.WatchJob(ctx, requestID, nil)
	if err == nil && st.GetStatus() != pb.RequestState_REQUEST_STATE_COMPLETED {
		err = fmt.Errorf("tailored: request %s ended %s: %s", requestID, st.GetStatus(), st.GetError().String())
	}
	return st, err
}

type backoff struct{ initial, max time.Duration }

func (b backoff) next(d time.Duration) time.Duration {
	if d *= 2; d > b.max {
		return b.max
	}
	return d
}

var _ grpc.ClientStream = errorStream{}
