ALLOWED = %w[name email].freeze
user.public_send(params[:attr]) if ALLOWED.include?(params[:attr])
