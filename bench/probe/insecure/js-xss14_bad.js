iframe.srcdoc = userContent;
