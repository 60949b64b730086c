catch (Exception e) { response.getWriter().write(e.getMessage()); }
