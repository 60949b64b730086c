res.render('page', { content: req.query.q });
// template uses <%- content %>
