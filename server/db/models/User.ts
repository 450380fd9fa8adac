import type { Types } from 'mongoose';
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { bumpVersionOnWrite } from '../dataVersion';
import { MAIL_LANGUAGES, type MailFrequency, type MailKind, type MailLanguage } from '../../../common/mail';

/** Roles a user can hold; a signed-in user without roles is a reader. */
export const ROLES = ['ADMIN', 'TASKFORCE_MEMBER', 'MUNICIPALITY_EDITOR', 'MANAGER'] as const;

/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** A person who signs in. The password hash never leaves the server: the GraphQL User type omits it. */
/**
 * The version counter of what a signed-in viewer is built from (sessions, users, taskforces,
 * cooperations, API tokens): the viewer cache (server/auth/viewerCache.ts) holds while it holds.
 */
export const ACCOUNTS_VERSION = 'accounts';

export const userSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true, trim: true },
    name: { type: String, required: true, trim: true },
    /** Null for an invited person until they set a password through their link. */
    passwordHash: { type: String, default: null },
    roles: { type: [String], enum: ROLES, default: [] },
    /** CBS code of the municipality this user reports for, when a MUNICIPALITY_EDITOR. */
    municipalityId: { type: String, default: null },
    /** A cooperation whose member municipalities this editor may also report for. */
    cooperationId: { type: Schema.Types.ObjectId, default: null },
    /** Set when an admin deactivated the account: it cannot sign in and its sessions ended. */
    deactivatedAt: { type: Date, default: null },
    /** The language of their e-mail. */
    language: { type: String, enum: MAIL_LANGUAGES, default: 'nl' },
    /** Chosen e-mail frequencies by kind; a kind left out has its default (common/mail.ts). */
    mailPreferences: { type: Schema.Types.Mixed, default: () => ({}) },
  },
  { timestamps: true, versionKey: false },
);
bumpVersionOnWrite(userSchema, ACCOUNTS_VERSION);

/** A user as read with `.lean()`. */
export type UserRecord = Omit<InferSchemaType<typeof userSchema>, 'language' | 'mailPreferences'> & {
  _id: Types.ObjectId;
  roles: Role[];
  /** Absent on accounts made before e-mail existed: Dutch. */
  language?: MailLanguage;
  mailPreferences?: Partial<Record<MailKind, MailFrequency>>;
};

/** The User model bound to one connection. */
export type UserModel = Model<UserRecord>;

/** Registers the User model on `connection`. */
export function userModel(connection: Connection): UserModel {
  return connection.model<UserRecord>('User', userSchema, 'users');
}
