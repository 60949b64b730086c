const secretKey = "s3cr3t-k3y-value-1234";
