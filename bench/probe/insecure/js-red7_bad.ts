return NextResponse.redirect(new URL(searchParams.get('callbackUrl'), req.url));
