let pool = PgPool::connect("postgres://admin:S3cretPw@localhost/app").await?;
