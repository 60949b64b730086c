this.el.nativeElement.innerHTML = this.content;
