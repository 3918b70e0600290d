DROP TABLE api_client_calls;
