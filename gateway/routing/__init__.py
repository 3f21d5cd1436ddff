"""The contract's google.api.http rules turned into an immutable route table, and the pure
functions that transcode between protobuf messages and upstream REST calls."""
