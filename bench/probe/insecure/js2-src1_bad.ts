export async function GET(request) {
  const url = request.nextUrl.searchParams.get('url');
  const r = await fetch(url);
}
