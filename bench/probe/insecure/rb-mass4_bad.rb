User.create(params.to_unsafe_h)
