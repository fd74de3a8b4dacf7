"""The decision log's data access: the only code that talks to DynamoDB for the table."""
