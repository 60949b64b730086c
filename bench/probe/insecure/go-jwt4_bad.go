package main

parser := jwt.NewParser(jwt.WithoutClaimsValidation())
