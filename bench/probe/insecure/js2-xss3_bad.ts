return this.sanitizer.bypassSecurityTrustHtml(html);
