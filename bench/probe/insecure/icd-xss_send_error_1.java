    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        Item item = repository.find(id);
        if (item == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No item with id " + id);
            return;
        }
        response.setContentType("application/json");
        mapper.writeValue(response.getOutputStream(), item);
    }
