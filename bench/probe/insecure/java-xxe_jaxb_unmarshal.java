Unmarshaller u = JAXBContext.newInstance(Order.class).createUnmarshaller();
Order o = (Order) u.unmarshal(new StreamSource(request.getInputStream()));
