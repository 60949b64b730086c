// User lookups for the admin dashboard.
import { Request, Response } from 'express';
import { pool } from '../db';
import * as crypto from 'crypto';

export async function findUser(req: Request, res: Response) {
  const name = req.query.name as string;
  const result = await pool.query("SELECT id, email FROM users WHERE name = '" + name + "'");
  res.json(result.rows);
}

export function resetToken(): string {
  return Math.random().toString(36).slice(2);
}

export function passwordHash(password: string): string {
  return crypto.createHash('md5').update(password).digest('hex');
}

export function renderGreeting(res: Response, displayName: string) {
  res.send(`<h1>Welcome back, ${displayName}</h1>`);
}
