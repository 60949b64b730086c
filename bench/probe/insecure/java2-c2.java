response.sendRedirect(returnUrl);
