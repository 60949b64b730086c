Stripe.api_key = "sk_test_abcdefghijklmnop1234"
