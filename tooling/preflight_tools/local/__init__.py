"""The local runner: the whole service on one machine, without Docker (see README, `make run`).

Routes come from template.yaml; each request becomes the API Gateway REST proxy event AWS would send
and goes to the real handler. Locally the runner plays the Cognito authorizer (tokens.py) and
DynamoDB, KMS and Secrets Manager are moto's server, in process (server.py)."""
