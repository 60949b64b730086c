package main

conn, _ := grpc.Dial(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
