return "redirect:/home";
