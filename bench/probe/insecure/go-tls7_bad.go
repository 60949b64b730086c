package main

conn, _ := grpc.Dial(addr, grpc.WithInsecure())
