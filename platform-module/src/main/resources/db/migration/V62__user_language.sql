-- The workspace language each user chose (kk, ru, en); NULL until they choose one, when the browser's
-- cookie or Accept-Language decides. Applied at sign-in, so the choice follows the user to any workstation.
ALTER TABLE app_user ADD COLUMN language varchar(2)
    CONSTRAINT app_user_language_check CHECK (language IN ('kk', 'ru', 'en'));
