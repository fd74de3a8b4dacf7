"""HTTP routes over the service: request/response models, error mapping, roles."""
