smtp_settings = { user_name: "me", password: "mailpass9" }
