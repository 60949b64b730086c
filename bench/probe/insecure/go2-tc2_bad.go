package main

if hmac.Equal(a, b) {} // ok
if signature == expectedSignature {
