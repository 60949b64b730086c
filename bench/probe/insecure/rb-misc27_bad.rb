ActiveSupport::MessageVerifier.new("secret")
