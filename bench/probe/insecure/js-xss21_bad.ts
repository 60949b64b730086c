return this.sanitizer.bypassSecurityTrustHtml(this.userHtml);
