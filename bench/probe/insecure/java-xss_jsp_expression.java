<%= request.getParameter("q") %>
