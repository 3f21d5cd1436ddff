package tailored

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// Domain is the ErrorInfo domain of every gateway error.
const Domain = "tailored-gateway.bria.ai"

// FieldViolation is one entry of a google.rpc.BadRequest.
type FieldViolation struct {
	Field       string `json:"field"`
	Description string `json:"description"`
}

// QuotaViolation is one entry of a google.rpc.QuotaFailure.
type QuotaViolation struct {
	Subject     string `json:"subject"`
	Description string `json:"description"`
}

// PreconditionViolation is one entry of a google.rpc.PreconditionFailure.
type PreconditionViolation struct {
	Type        string `json:"type"`
	Subject     string `json:"subject"`
	Description string `json:"description"`
}

// Error is a failed call, decoded from the gateway's rich status (grpc-status-details-bin).
// Branch on Code and Reason (the ErrorReason name without its ERROR_REASON_ prefix).
type Error struct {
	Code       codes.Code
	Message    string
	Domain     string            // ErrorInfo.domain
	Reason     string            // ErrorInfo.reason, e.g. "QUOTA_EXCEEDED"
	Metadata   map[string]string // ErrorInfo.metadata (request_id, upstream_status, route, ...)
	RequestID  string            // the gateway's request id (ErrorInfo.metadata or RequestInfo)
	RetryDelay time.Duration     // RetryInfo.retry_delay; 0 when absent
	HasRetry   bool              // whether a RetryInfo came

	FieldViolations        []FieldViolation
	QuotaViolations        []QuotaViolation
	PreconditionViolations []PreconditionViolation
	ResourceType           string // ResourceInfo.resource_type
	ResourceName           string // ResourceInfo.resource_name, e.g. "models/9"

	status *status.Status
}

func (e *Error) Error() string {
	s := fmt.Sprintf("tailored: %s", e.Code)
	if e.Reason != "" {
		s += " " + e.Reason
	}
	if e.Message != "" {
		s += ": " + e.Message
	}
	if e.RequestID != "" {
		s += " (request " + e.RequestID + ")"
	}
	return s
}

// GRPCStatus lets status.FromError and status.Code see through Error.
func (e *Error) GRPCStatus() *status.Status { return e.status }

// Temporary reports whether retrying the same call later may succeed.
func (e *Error) Temporary() bool {
	switch e.Code {
	case codes.Unavailable, codes.ResourceExhausted, codes.DeadlineExceeded, codes.Aborted:
		return e.Reason != "PLAN_QUOTA_EXCEEDED"
	}
	return false
}

// FromError decodes err as an *Error. It returns nil for nil and for io.EOF, and an *Error
// with code Unknown for errors that carry no gRPC status. An *Error passes through unchanged.
func FromError(err error) *Error {
	if err == nil || err == io.EOF {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	st, ok := status.FromError(err)
	if !ok {
		switch {
		case errors.Is(err, context.Canceled):
			st = status.New(codes.Canceled, err.Error())
		case errors.Is(err, context.DeadlineExceeded):
			st = status.New(codes.DeadlineExceeded, err.Error())
		default:
			st = status.New(codes.Unknown, err.Error())
		}
	}
	e = &Error{Code: st.Code(), Message: st.Message(), Metadata: map[string]string{}, status: st}
	for _, detail := range st.Details() {
		switch d := detail.(type) {
		case *errdetails.ErrorInfo:
			e.Domain, e.Reason = d.GetDomain(), d.GetReason()
			for k, v := range d.GetMetadata() {
				e.Metadata[k] = v
			}
			if id := d.GetMetadata()["request_id"]; id != "" {
				e.RequestID = id
			}
		case *errdetails.RequestInfo:
			if e.RequestID == "" {
				e.RequestID = d.GetRequestId()
			}
		case *errdetails.RetryInfo:
			if d.GetRetryDelay().IsValid() {
				e.RetryDelay, e.HasRetry = d.GetRetryDelay().AsDuration(), true
			}
		case *errdetails.BadRequest:
			for _, v := range d.GetFieldViolations() {
				e.FieldViolations = append(e.FieldViolations, FieldViolation{v.GetField(), v.GetDescription()})
			}
		case *errdetails.QuotaFailure:
			for _, v := range d.GetViolations() {
				e.QuotaViolations = append(e.QuotaViolations, QuotaViolation{v.GetSubject(), v.GetDescription()})
			}
		case *errdetails.PreconditionFailure:
			for _, v := range d.GetViolations() {
				e.PreconditionViolations = append(e.PreconditionViolations,
					PreconditionViolation{v.GetType(), v.GetSubject(), v.GetDescription()})
			}
		case *errdetails.ResourceInfo:
			e.ResourceType, e.ResourceName = d.GetResourceType(), d.GetResourceName()
		}
	}
	return e
}

func unaryErrors(ctx context.Context, method string, req, reply interface{}, cc *grpc.ClientConn,
	invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	if err := invoker(ctx, method, req, reply, cc, opts...); err != nil {
		return FromError(err)
	}
	return nil
}

func streamErrors(ctx context.Context, desc *grpc.StreamDesc, cc *grpc.ClientConn, method string,
	streamer grpc.Streamer, opts ...grpc.CallOption) (grpc.ClientStream, error) {
	s, err := streamer(ctx, desc, cc, method, opts...)
	if err != nil {
		return nil, FromError(err)
	}
	return errorStream{s}, nil
}

type errorStream struct{ grpc.ClientStream }

func (s errorStream) RecvMsg(m interface{}) error {
	if err := s.ClientStream.RecvMsg(m); err != nil {
		if err == io.EOF {
			return err
		}
		return FromError(err)
	}
	return nil
}

func (s errorStream) SendMsg(m interface{}) error {
	err := s.ClientStream.SendMsg(m)
	if err == nil || err == io.EOF {
		return err // io.EOF: the stream failed; RecvMsg returns its status
	}
	return FromError(err)
}
