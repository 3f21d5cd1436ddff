"""tailored-gateway: a gRPC gateway to Bria AI's Tailored Generation REST API."""
