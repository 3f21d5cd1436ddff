// Package tailored is a thin Go client for the tailored-gateway (Bria AI's Tailored Generation
// API over gRPC). It dials with keepalive, attaches the caller's credentials to every call,
// turns every failed call into one *Error carrying the gateway's rich status, and follows the
// WatchService streams to a terminal state, resuming them after UNAVAILABLE.
//
// The generated stubs (package tailoredv1) stay fully usable: Client exposes one per service.
package tailored

import (
	"context"
	"crypto/tls"
	"errors"
	"net"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/keepalive"

	pb "tailored-gateway.bria.ai/clients/go/gen/bria/tailored/v1"
)

// Metadata keys the gateway reads credentials from.
const (
	TokenMetadataKey     = "api_token"
	TenantKeyMetadataKey = "x-tenant-key"
)

// Client holds one connection and a stub per gateway service. Calls made through the stubs
// carry the client's credentials and return *Error on failure.
type Client struct {
	conn *grpc.ClientConn

	Projects   pb.ProjectServiceClient
	Datasets   pb.DatasetServiceClient
	Models     pb.ModelServiceClient
	Generation pb.GenerationServiceClient
	Legacy     pb.LegacyGenerationServiceClient
	Status     pb.StatusServiceClient
	Watch      pb.WatchServiceClient
	Quota      pb.QuotaServiceClient

	resumeBackoff backoff
}

type options struct {
	creds     *callCredentials
	tls       *tls.Config
	plaintext bool
	keepalive keepalive.ClientParameters
	extra     []grpc.DialOption
	backoff   backoff
}

// Option configures Dial.
type Option func(*options)

// WithToken sends the organisation's Bria API token (metadata `api_token`) on every call.
func WithToken(token string) Option {
	return func(o *options) { o.creds = &callCredentials{key: TokenMetadataKey, value: token} }
}

// WithTenantKey sends a tenant key the gateway knows (metadata `x-tenant-key`) on every call;
// the gateway spends the tenant's configured token.
func WithTenantKey(key string) Option {
	return func(o *options) { o.creds = &callCredentials{key: TenantKeyMetadataKey, value: key} }
}

// WithTLS dials with TLS using cfg (nil: the system roots). TLS is the default for addresses
// that are not loopback.
func WithTLS(cfg *tls.Config) Option {
	return func(o *options) {
		if cfg == nil {
			cfg = &tls.Config{}
		}
		o.tls, o.plaintext = cfg, false
	}
}

// WithPlaintext dials without TLS (the default for loopback addresses). Credentials are still
// refused over plaintext to a non-loopback address.
func WithPlaintext() Option { return func(o *options) { o.plaintext, o.tls = true, nil } }

// WithKeepalive replaces the keepalive parameters. The default pings an idle connection every
// 5 minutes, the least gRPC servers accept by default without a keepalive policy of their own.
func WithKeepalive(p keepalive.ClientParameters) Option {
	return func(o *options) { o.keepalive = p }
}

// WithResumeBackoff bounds the wait between reconnections of a Watch stream (defaults: 100 ms
// doubling up to 5 s).
func WithResumeBackoff(initial, max time.Duration) Option {
	return func(o *options) { o.backoff = backoff{initial: initial, max: max} }
}

// WithDialOption passes a raw grpc.DialOption through.
func WithDialOption(opt grpc.DialOption) Option {
	return func(o *options) { o.extra = append(o.extra, opt) }
}

// Dial connects to the gateway at address (host:port). It does not wait for the connection;
// the first call does (bounded by its context).
func Dial(address string, opts ...Option) (*Client, error) {
	o := options{
		keepalive: keepalive.ClientParameters{Time: 5 * time.Minute, Timeout: 20 * time.Second},
		backoff:   backoff{initial: 100 * time.Millisecond, max: 5 * time.Second},
	}
	for _, opt := range opts {
		opt(&o)
	}
	loopback := isLoopback(address)
	dial := []grpc.DialOption{
		grpc.WithKeepaliveParams(o.keepalive),
		grpc.WithChainUnaryInterceptor(unaryErrors),
		grpc.WithChainStreamInterceptor(streamErrors),
	}
	switch {
	case o.tls != nil:
		dial = append(dial, grpc.WithTransportCredentials(credentials.NewTLS(o.tls)))
	case o.plaintext || loopback:
		dial = append(dial, grpc.WithInsecure())
	default:
		dial = append(dial, grpc.WithTransportCredentials(credentials.NewTLS(&tls.Config{})))
	}
	if o.creds != nil {
		if o.creds.value == "" {
			return nil, errors.New("tailored: empty token or tenant key")
		}
		o.creds.requireTLS = !loopback
		dial = append(dial, grpc.WithPerRPCCredentials(o.creds))
	}
	conn, err := grpc.Dial(address, append(dial, o.extra...)...)
	if err != nil {
		return nil, err
	}
	return &Client{
		conn:          conn,
		Projects:      pb.NewProjectServiceClient(conn),
		Datasets:      pb.NewDatasetServiceClient(conn),
		Models:        pb.NewModelServiceClient(conn),
		Generation:    pb.NewGenerationServiceClient(conn),
		Legacy:        pb.NewLegacyGenerationServiceClient(conn),
		Status:        pb.NewStatusServiceClient(conn),
		Watch:         pb.NewWatchServiceClient(conn),
		Quota:         pb.NewQuotaServiceClient(conn),
		resumeBackoff: o.backoff,
	}, nil
}

// Conn is the underlying connection.
func (c *Client) Conn() *grpc.ClientConn { return c.conn }

// Close closes the connection; calls in flight end with CANCELED.
func (c *Client) Close() error { return c.conn.Close() }

// callCredentials puts one metadata entry on every call. Over plaintext it is accepted only
// when the gateway is on a loopback address.
type callCredentials struct {
	key, value string
	requireTLS bool
}

func (c *callCredentials) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{c.key: c.value}, nil
}

func (c *callCredentials) RequireTransportSecurity() bool { return c.requireTLS }

func isLoopback(address string) bool {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		host = address
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
