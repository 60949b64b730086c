let total = price * qty;
