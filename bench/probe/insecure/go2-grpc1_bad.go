package main

conn, err := grpc.Dial(address, grpc.WithInsecure())
