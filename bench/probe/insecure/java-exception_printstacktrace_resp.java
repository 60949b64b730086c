catch (Exception e) { e.printStackTrace(response.getWriter()); }
