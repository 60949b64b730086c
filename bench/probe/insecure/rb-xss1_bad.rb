<%= raw @comment.body %>
