package com.example.legacy;

import java.io.IOException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class ReportServlet extends HttpServlet {
    private Connection connection;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String account = req.getParameter("account");
        try {
            Statement stmt = connection.createStatement();
            ResultSet rs = stmt.executeQuery("SELECT * FROM reports WHERE account = '" + account + "'");
            Runtime.getRuntime().exec("/opt/reports/render.sh " + account);
            MessageDigest md = MessageDigest.getInstance("MD5");
            resp.getWriter().println(rs.getString(1) + md.getAlgorithm());
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
