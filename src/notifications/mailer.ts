import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** The same message sent twice carries the same id, so mail clients can drop the second. */
  messageId: string;
}

/**
 * Sends email through the transport MAIL_URL names: SMTP, a folder of .eml files (the demo) or the
 * log. Without MAIL_URL email is off and notifications stay in-app.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter | null;
  private readonly folder: string | null;

  constructor(private readonly config: AppConfig) {
    const url = config.MAIL_URL;
    this.folder = url?.startsWith('file:') ? url.slice('file:'.length) : null;
    if (!url) this.transport = null;
    else if (this.folder)
      this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
    else if (url === 'console')
      this.transport = nodemailer.createTransport({ jsonTransport: true });
    else this.transport = nodemailer.createTransport(url);
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) throw new Error('Email is not configured (MAIL_URL)');
    const info = (await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: `<${mail.messageId}@bvte>`,
    })) as { message?: Buffer | string; messageId: string };
    if (this.folder) {
      await mkdir(this.folder, { recursive: true });
      await writeFile(join(this.folder, `${mail.messageId}.eml`), info.message ?? '');
    } else if (this.config.MAIL_URL === 'console') {
      this.logger.log({ subject: mail.subject, messageId: info.messageId }, 'Email');
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
