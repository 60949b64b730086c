res.send(`<script>window.__STATE__ = ${JSON.stringify(state)}</script>`);
