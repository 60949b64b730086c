config.action_controller.allow_forgery_protection = false
