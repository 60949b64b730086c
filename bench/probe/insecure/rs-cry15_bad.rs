if provided_token == expected_token { grant(); }
