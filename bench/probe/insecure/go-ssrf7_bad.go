package main

proxy := httputil.NewSingleHostReverseProxy(targetURL) // targetURL from r.URL.Query
