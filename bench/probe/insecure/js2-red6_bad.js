return reply.redirect(request.query.to);
