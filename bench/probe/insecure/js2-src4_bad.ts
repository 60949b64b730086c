const target = searchParams.get('next');
return NextResponse.redirect(target);
