static const char API_KEY[] = "a8f5f167f44f4964e6c998dee827110c";
