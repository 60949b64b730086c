std::string password = "MyS3cretPass";
