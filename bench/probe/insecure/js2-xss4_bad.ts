this.safeUrl = this.sanitizer.bypassSecurityTrustResourceUrl(url);
