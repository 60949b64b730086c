origins "*"
resource "*", headers: :any, methods: :any, credentials: true
