package tailored

import (
	"context"
	"errors"
	"net"
	"testing"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/durationpb"

	pb "tailored-gateway.bria.ai/clients/go/gen/bria/tailored/v1"
)

// fakeGateway answers like the gateway would: it records each call's credentials and resume
// token and plays a scripted sequence per Watch stream.
type fakeGateway struct {
	pb.UnimplementedWatchServiceServer
	pb.UnimplementedProjectServiceServer
	credentials  []metadata.MD
	resumeTokens []string
	streams      [][]*pb.WatchModelTrainingResponse // messages per stream; then UNAVAILABLE unless terminal
	richError    error
}

func (f *fakeGateway) WatchModelTraining(req *pb.WatchModelTrainingRequest, s pb.WatchService_WatchModelTrainingServer) error {
	md, _ := metadata.FromIncomingContext(s.Context())
	f.credentials = append(f.credentials, md)
	f.resumeTokens = append(f.resumeTokens, req.GetResumeToken())
	n := len(f.resumeTokens) - 1
	if n >= len(f.streams) {
		return status.Error(codes.FailedPrecondition, "no more scripted streams")
	}
	for _, m := range f.streams[n] {
		if err := s.Send(m); err != nil {
			return err
		}
		if m.Terminal {
			return nil
		}
	}
	return richStatus(codes.Unavailable, "GATEWAY_SHUTTING_DOWN", "the gateway is shutting down").Err()
}

func (f *fakeGateway) CreateProject(ctx context.Context, _ *pb.CreateProjectRequest) (*pb.CreateProjectResponse, error) {
	md, _ := metadata.FromIncomingContext(ctx)
	f.credentials = append(f.credentials, md)
	return nil, f.richError
}

func richStatus(code codes.Code, reason, message string, extra ...interface{ ProtoMessage() }) *status.Status {
	st := status.New(code, message)
	st, err := st.WithDetails(&errdetails.ErrorInfo{Domain: Domain, Reason: reason,
		Metadata: map[string]string{"request_id": "req-42", "route": "/v1/x"}})
	if err != nil {
		panic(err)
	}
	for _, d := range extra {
		if st, err = st.WithDetails(d.(interface {
			ProtoMessage()
			Reset()
			String() string
		})); err != nil {
			panic(err)
		}
	}
	return st
}

func serve(t *testing.T, f *fakeGateway, opts ...Option) *Client {
	t.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	server := grpc.NewServer()
	pb.RegisterWatchServiceServer(server, f)
	pb.RegisterProjectServiceServer(server, f)
	go server.Serve(lis)
	t.Cleanup(server.Stop)
	client, err := Dial(lis.Addr().String(), append([]Option{WithResumeBackoff(time.Millisecond, 10*time.Millisecond)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close() })
	return client
}

func model(status pb.ModelStatus, token string, terminal bool) *pb.WatchModelTrainingResponse {
	return &pb.WatchModelTrainingResponse{Model: &pb.Model{Id: 7, Status: status}, ResumeToken: token, Terminal: terminal}
}

func TestWatchResumesAfterUnavailableWithLastToken(t *testing.T) {
	f := &fakeGateway{streams: [][]*pb.WatchModelTrainingResponse{
		{model(pb.ModelStatus_MODEL_STATUS_CREATED, "t1", false), model(pb.ModelStatus_MODEL_STATUS_IN_PROGRESS, "t2", false)},
		{}, // fails again at once: the token must survive a stream that delivered nothing
		{model(pb.ModelStatus_MODEL_STATUS_COMPLETED, "t3", true)},
	}}
	client := serve(t, f, WithToken("secret-token"))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var seen []pb.ModelStatus
	m, err := client.WatchTraining(ctx, 7, func(r *pb.WatchModelTrainingResponse) error {
		seen = append(seen, r.GetModel().GetStatus())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if m.GetStatus() != pb.ModelStatus_MODEL_STATUS_COMPLETED || len(seen) != 3 {
		t.Fatalf("got %v, seen %v", m.GetStatus(), seen)
	}
	if want := []string{"", "t2", "t2"}; len(f.resumeTokens) != 3 || f.resumeTokens[0] != want[0] ||
		f.resumeTokens[1] != want[1] || f.resumeTokens[2] != want[2] {
		t.Fatalf("resume tokens %q, want %q", f.resumeTokens, want)
	}
	for _, md := range f.credentials {
		if got := md.Get(TokenMetadataKey); len(got) != 1 || got[0] != "secret-token" {
			t.Fatalf("api_token metadata %q", got)
		}
	}
}

func TestWaitForTrainingReportsAFailedModel(t *testing.T) {
	f := &fakeGateway{streams: [][]*pb.WatchModelTrainingResponse{{model(pb.ModelStatus_MODEL_STATUS_FAILED, "t1", true)}}}
	client := serve(t, f, WithToken("secret-token"))
	m, err := client.WaitForTraining(context.Background(), 7)
	if err == nil || m.GetStatus() != pb.ModelStatus_MODEL_STATUS_FAILED {
		t.Fatalf("got %v, %v", m, err)
	}
}

func TestWatchStopsOnOtherErrorsAndOnCancel(t *testing.T) {
	f := &fakeGateway{} // no scripted stream: FAILED_PRECONDITION, not retried
	client := serve(t, f, WithToken("secret-token"))
	_, err := client.WatchTraining(context.Background(), 7, nil)
	if e := FromError(err); e.Code != codes.FailedPrecondition || len(f.resumeTokens) != 1 {
		t.Fatalf("got %v after %d streams", err, len(f.resumeTokens))
	}
	// An endless run of UNAVAILABLE ends with the caller's deadline.
	f = &fakeGateway{streams: make([][]*pb.WatchModelTrainingResponse, 1000)}
	client = serve(t, f, WithToken("secret-token"))
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err = client.WatchTraining(ctx, 7, nil)
	if e := FromError(err); e.Code != codes.DeadlineExceeded || len(f.resumeTokens) < 2 {
		t.Fatalf("got %v after %d streams", err, len(f.resumeTokens))
	}
}

func TestRichErrorDecoding(t *testing.T) {
	retry := durationpb.New(1500 * time.Millisecond)
	f := &fakeGateway{richError: richStatus(codes.ResourceExhausted, "QUOTA_EXCEEDED", "slow down",
		&errdetails.RetryInfo{RetryDelay: retry},
		&errdetails.QuotaFailure{Violations: []*errdetails.QuotaFailure_Violation{{Subject: "tenant:probe", Description: "1/m"}}},
		&errdetails.BadRequest{FieldViolations: []*errdetails.BadRequest_FieldViolation{{Field: "project_name", Description: "value is required"}}},
		&errdetails.PreconditionFailure{Violations: []*errdetails.PreconditionFailure_Violation{{Type: "STATE", Subject: "models/9", Description: "training"}}},
		&errdetails.ResourceInfo{ResourceType: "bria.tailored.v1.Project", ResourceName: "projects/12"},
	).Err()}
	client := serve(t, f, WithTenantKey("tenant-key-1"))
	_, err := client.Projects.CreateProject(context.Background(), &pb.CreateProjectRequest{})
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("not an *Error: %T %v", err, err)
	}
	if e.Code != codes.ResourceExhausted || e.Reason != "QUOTA_EXCEEDED" || e.Domain != Domain ||
		e.Message != "slow down" || e.RequestID != "req-42" || e.Metadata["route"] != "/v1/x" ||
		!e.HasRetry || e.RetryDelay != 1500*time.Millisecond || !e.Temporary() {
		t.Fatalf("decoded %+v", e)
	}
	if len(e.QuotaViolations) != 1 || e.QuotaViolations[0].Subject != "tenant:probe" ||
		len(e.FieldViolations) != 1 || e.FieldViolations[0].Field != "project_name" ||
		len(e.PreconditionViolations) != 1 || e.PreconditionViolations[0].Subject != "models/9" ||
		e.ResourceName != "projects/12" || e.ResourceType != "bria.tailored.v1.Project" {
		t.Fatalf("decoded %+v", e)
	}
	if status.Code(err) != codes.ResourceExhausted {
		t.Fatalf("status.Code sees %v", status.Code(err))
	}
	if md := f.credentials[0]; len(md.Get(TenantKeyMetadataKey)) != 1 || len(md.Get(TokenMetadataKey)) != 0 {
		t.Fatalf("credentials sent: %v", md)
	}
}

func TestCredentialsNeedTLSAwayFromLoopback(t *testing.T) {
	if _, err := Dial("gateway.example:443", WithPlaintext(), WithToken("secret-token")); err == nil {
		t.Fatal("a token over plaintext to a remote host was accepted")
	}
	c, err := Dial("localhost:1", WithToken("secret-token"))
	if err != nil {
		t.Fatalf("loopback plaintext refused: %v", err)
	}
	c.Close()
	if _, err := Dial("127.0.0.1:1", WithToken("")); err == nil {
		t.Fatal("an empty token was accepted")
	}
}
