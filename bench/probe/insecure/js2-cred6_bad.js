const DATABASE_URL = 'postgres://app:pa55w0rdX@db.internal:5432/app';
